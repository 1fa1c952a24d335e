using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Matchmaking.Cli.Commands;

namespace Matchmaking.Cli;

/// <summary>The <c>matchmaking</c> command line, callable in-process (tests) as well as from <c>Program</c>.</summary>
public static class Cli
{
    /// <summary>Runs the CLI with <paramref name="args"/>, writing to the given writers; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
        => RunAsync(args, new CliIO(stdout, stderr, TextReader.Null, Interactive: false));

    /// <summary>Runs the CLI against <paramref name="io"/>; never throws for bad input, API errors or connection failures.</summary>
    public static async Task<int> RunAsync(string[] args, CliIO io, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(io);
        var root = BuildRoot(new CommandRunner(io, new GlobalOptions()));
        var parseResult = root.Parse(args);

        // System.CommandLine would print a screen of help and exit 1; scripts want one line and the usage exit code.
        if (parseResult.Errors.Count > 0 && parseResult.Action is not (HelpAction or HelpWithNotes))
        {
            var message = string.Join("; ", parseResult.Errors.Select(e => e.Message.TrimEnd('.')));
            await io.Error.WriteLineAsync($"error: {message.ReplaceLineEndings(" ")} (see 'matchmaking --help')");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(invocation, cancellationToken);
    }

    private static RootCommand BuildRoot(CommandRunner runner)
    {
        var root = new RootCommand("matchmaking: manage the innovation-ecosystem matchmaking silo (profiles, themes, suggestions, feedback, proposals, calls, events, courses, import, export)");
        root.Options.Add(runner.Globals.Url);
        root.Options.Add(runner.Globals.Key);
        root.Options.Add(runner.Globals.Json);
        root.Subcommands.Add(ProfilesCommands.Create(runner));
        root.Subcommands.Add(ThemesCommands.Create(runner));
        root.Subcommands.Add(SuggestCommand.Create(runner));
        root.Subcommands.Add(FeedbackCommand.Create(runner));
        root.Subcommands.Add(ProposeCommand.Create(runner));
        root.Subcommands.Add(ProposalsCommands.Create(runner));
        root.Subcommands.Add(CallsCommands.Create(runner));
        root.Subcommands.Add(EventsCommands.Create(runner, Matchmaking.Abstractions.Events.EventKind.Event));
        root.Subcommands.Add(EventsCommands.Create(runner, Matchmaking.Abstractions.Events.EventKind.Course));
        root.Subcommands.Add(SpacesCommands.Create(runner));
        root.Subcommands.Add(VouchersCommands.Create(runner));
        var import = ImportCommand.Create(runner);
        root.Subcommands.Add(import);
        root.Subcommands.Add(ExportCommand.Create(runner));
        root.Subcommands.Add(HealthCommand.Create(runner));
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes((SynchronousCommandLineAction)help.Action!, command => command == import ? ImportCommand.Notes : null);
        return root;
    }

    /// <summary>The usual help, then for some commands more than a line of description can say (the import's CSV columns).</summary>
    private sealed class HelpWithNotes(SynchronousCommandLineAction help, Func<Command, string?> notes) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            if (notes(parseResult.CommandResult.Command) is { } text)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(text);
                output.WriteLine();
            }

            return code;
        }
    }
}
