namespace Matchmaking.Runtime;

/// <summary>
/// Gives references to grains (mirrors <c>Orleans.IGrainFactory</c>). A reference is cheap and
/// activates nothing by itself; the grain is activated on its first call, once per id.
/// </summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of interface <typeparamref name="TGrainInterface"/> with key <paramref name="primaryKey"/>.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey;
}
