using Matchmaking.Cli;

return await Cli.RunAsync(args, CliIO.FromConsole());
