using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Spaces;

namespace Matchmaking.Silo.Http;

/// <summary>
/// The co-working space document of the API: the space's fields plus <c>id</c>, <c>version</c>, <c>updatedAt</c> and
/// <c>accreditation</c> (status, since, note; who accredited it for coaches and admins). Reading one is strict; the
/// envelope fields are ignored, so a document read with GET is sent back as it is.
/// </summary>
public static class SpaceDocuments
{
    private static readonly string[] Envelope = ["version", "updatedAt", "accreditation"];

    public static JsonObject ToDocument(StoredSpace stored, bool showAccreditor = false)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var document = new JsonObject { ["id"] = stored.Id, ["version"] = stored.Version, ["updatedAt"] = stored.UpdatedAt };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(stored.Space, MatchmakingJson.Options)!.AsObject().ToList())
        {
            document[name] = value?.DeepClone();
        }

        var accreditation = stored.Accreditation;
        document["accreditation"] = new JsonObject
        {
            ["status"] = EnumNames<AccreditationStatus>.Name(accreditation.Status),
            ["since"] = accreditation.Since,
            ["by"] = showAccreditor ? accreditation.By : null,
            ["note"] = accreditation.Note,
        };
        return document;
    }

    /// <summary>The space in <paramref name="document"/> for the id <paramref name="id"/>; throws <see cref="Abstractions.Errors.ValidationFailedException"/>.</summary>
    public static CoworkingSpace FromDocument(string id, JsonObject document) =>
        StrictBodies.Read<CoworkingSpace>(DocumentEnvelope.Fields(document, id, Envelope), "a co-working space");
}
