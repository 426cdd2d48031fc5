Console.WriteLine("Hello from a container that runs as root.");
