using Orleans.Runtime;
using Orleans.Storage;

namespace Matchmaking.Storage;

/// <summary>
/// How a grain's string key is kept in the storage table. Orleans' ADO.NET provider reads a string key that
/// parses as an integer or a Guid (<c>cafe</c>, <c>2027</c>, 32 hex digits) as a number, so <c>cafe</c> and
/// <c>0cafe</c> would share a row and the key itself would be lost. Such keys are stored with a leading
/// <c>~</c>, a character no id of ours may contain, decided with Orleans' own parsing; every other key is stored as
/// it is.
/// </summary>
public static class GrainKeys
{
    public const char Marker = '~';

    /// <summary>The grain id the provider is given: the same grain, its key marked when Orleans would read it as a number.</summary>
    public static GrainId ForStorage(GrainId grainId) =>
        IsMisread(grainId) ? GrainId.Create(grainId.Type, Marker + grainId.Key.ToString()) : grainId;

    /// <summary>The key column's text for a grain key (as <see cref="ForStorage"/> stores it).</summary>
    public static string Column(string key) =>
        IsMisread(GrainId.Create("any", key)) ? Marker + key : key;

    /// <summary>The grain key a key column holds.</summary>
    public static string FromColumn(string column) =>
        column.Length > 1 && column[0] == Marker ? column[1..] : column;

    private static bool IsMisread(GrainId grainId) =>
        grainId.TryGetIntegerKey(out _, out _) || grainId.TryGetGuidKey(out _, out _);
}

/// <summary>The provider with every grain key passed through <see cref="GrainKeys.ForStorage"/>.</summary>
internal sealed class KeyPreservingGrainStorage(IGrainStorage inner) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, GrainKeys.ForStorage(grainId), grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, GrainKeys.ForStorage(grainId), grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, GrainKeys.ForStorage(grainId), grainState);
}
