namespace Matchmaking.Runtime;

/// <summary>Why an activation is deactivated (mirrors <c>Orleans.DeactivationReasonCode</c>).</summary>
public enum DeactivationReasonCode
{
    None,
    ShuttingDown,
    ActivationIdle,
    ApplicationRequested,
    ApplicationError,
    ActivationFailed,
}

/// <summary>A deactivation's code and a human-readable description.</summary>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description)
{
    public override string ToString() => $"{ReasonCode}: {Description}";
}
