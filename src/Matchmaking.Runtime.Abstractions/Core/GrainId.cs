namespace Matchmaking.Runtime;

/// <summary>
/// Identity of a grain: its type (derived from the implementation class, e.g. <c>CompanyGrain</c> →
/// <c>company</c>) and its string key. Mirrors <c>Orleans.Runtime.GrainId</c>.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
