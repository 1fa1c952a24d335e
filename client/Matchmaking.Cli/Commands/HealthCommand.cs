using System.CommandLine;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>health</c>: whether the silo serves requests.</summary>
public static class HealthCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("health", "Whether the silo serves requests");
        runner.SetAction(command, async (_, context, cancellationToken) =>
        {
            var health = await context.Client.GetHealthAsync(cancellationToken);
            if (context.Json)
            {
                context.WriteJson(health);
            }
            else
            {
                context.Console.WriteLine(health.Status);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
