namespace Matchmaking.Bench.Evaluation;

/// <summary>The kind of an organisation, from its CORDIS activity type.</summary>
public enum OrganisationKind
{
    /// <summary>OTH, blank or unknown activity type.</summary>
    Other,

    /// <summary>PRC: private for-profit company.</summary>
    Company,

    /// <summary>HES (higher education) or REC (research organisation).</summary>
    Research,

    /// <summary>PUB: public body.</summary>
    Public,
}
