Console.WriteLine("Hello from a container that does not run as root.");
