Console.WriteLine("Built with a Dockerfile, checked by ContainerSecurity.Build.");
