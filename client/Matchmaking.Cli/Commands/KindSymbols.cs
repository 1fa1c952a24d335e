using System.CommandLine;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli.Commands;

/// <summary>The <c>&lt;kind&gt;</c> argument and <c>--kind</c> option, parsed by <see cref="KindParser"/>.</summary>
public static class KindSymbols
{
    public static Argument<ActorKind> Argument() => new("kind")
    {
        HelpName = "kind",
        Description = "company, startup or researcher (plurals accepted)",
        CustomParser = result =>
        {
            if (KindParser.TryParse(result.Tokens[0].Value, out var kind, out var error))
            {
                return kind;
            }

            result.AddError(error);
            return default;
        },
    };

    public static Option<ActorKind?> Option(string description) => new("--kind")
    {
        Description = description,
        HelpName = "company|startup|researcher",
        CustomParser = result =>
        {
            if (KindParser.TryParse(result.Tokens.Count == 0 ? null : result.Tokens[0].Value, out var kind, out var error))
            {
                return kind;
            }

            result.AddError(error);
            return null;
        },
    };

    public static Argument<string> Id() => new("id") { Description = "The profile's id: a lowercase slug such as acme-srl" };
}
