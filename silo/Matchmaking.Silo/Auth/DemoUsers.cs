using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Silo.Auth;

/// <summary>
/// The demo's users, created with the demo ecosystem when the registry has no user (README, "Signing in"). Their
/// passwords are public: for the demo only; start with <c>Demo__Enabled=false</c> anywhere real.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<(UserAccount Account, string? Password)> All =
    [
        (new UserAccount("admin", "Hub manager (demo)", Roles.Admin), "admin-demo"),
        (new UserAccount("coach-csmt", "Coach CSMT (demo)", Roles.Coach), "coach-demo"),
        (new UserAccount("member-obv", "Officine Bresciane Valvole (demo member)", Roles.Member, new ActorRef(ActorKind.Company, "officine-bresciane-valvole")), "member-demo"),
        (new UserAccount("member-visiodefect", "VisioDefect (demo member)", Roles.Member, new ActorRef(ActorKind.Startup, "visiodefect")), "member-demo"),
    ];
}
