namespace Matchmaking.Abstractions.Access;

/// <summary>
/// The roles of users: a hub manager (<see cref="Admin"/>), an innovation coach (<see cref="Coach"/>), or a
/// <see cref="Member"/> bound to one actor (a company, startup or researcher).
/// </summary>
public static class Roles
{
    public const string Admin = "admin";

    public const string Coach = "coach";

    public const string Member = "member";

    public static readonly IReadOnlyList<string> All = [Admin, Coach, Member];

    public static bool IsValid(string? role) => role is Admin or Coach or Member;
}
