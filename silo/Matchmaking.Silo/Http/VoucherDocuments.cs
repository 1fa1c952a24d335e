using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Vouchers;

namespace Matchmaking.Silo.Http;

/// <summary>
/// The voucher programme, voucher and ledger documents of the API. A programme is its fields plus <c>id</c>,
/// <c>version</c>, <c>updatedAt</c> and its totals (<c>committed</c>, <c>spent</c>, <c>available</c>, <c>issued</c>);
/// reading one is strict, the envelope ignored. The ledger is also CSV (one line per entry, in order).
/// </summary>
public static class VoucherDocuments
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    private static readonly string[] Envelope = ["version", "updatedAt", "committed", "spent", "available", "issued"];

    public static JsonObject ToDocument(StoredProgramme stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var document = new JsonObject { ["id"] = stored.Id, ["version"] = stored.Version, ["updatedAt"] = stored.UpdatedAt };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(stored.Programme, MatchmakingJson.Options)!.AsObject().ToList())
        {
            document[name] = value?.DeepClone();
        }

        document["committed"] = stored.Committed;
        document["spent"] = stored.Spent;
        document["available"] = stored.Available;
        document["issued"] = stored.Vouchers.Count(v => v.Status != VoucherStatus.Revoked);
        return document;
    }

    /// <summary>The programme in <paramref name="document"/> for the id <paramref name="id"/>; throws <see cref="Abstractions.Errors.ValidationFailedException"/>.</summary>
    public static VoucherProgramme FromDocument(string id, JsonObject document) =>
        StrictBodies.Read<VoucherProgramme>(DocumentEnvelope.Fields(document, id, Envelope), "a voucher programme");

    public static JsonObject ToDocument(string programme, Voucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        return new JsonObject
        {
            ["id"] = voucher.Id,
            ["programme"] = programme,
            ["holder"] = Holder(voucher.Holder),
            ["value"] = voucher.Value,
            ["status"] = EnumNames<VoucherStatus>.Name(voucher.Status),
            ["issuedAt"] = voucher.IssuedAt,
            ["spentAt"] = voucher.SpentAt,
            ["space"] = voucher.Space,
        };
    }

    public static JsonObject ToLedger(StoredProgramme stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new JsonObject
        {
            ["id"] = stored.Id,
            ["budget"] = stored.Programme.Budget,
            ["committed"] = stored.Committed,
            ["spent"] = stored.Spent,
            ["available"] = stored.Available,
            ["entries"] = new JsonArray([.. stored.Ledger.Select(e => JsonSerializer.SerializeToNode(e, MatchmakingJson.Options))]),
        };
    }

    /// <summary>
    /// The ledger as CSV (RFC 4180, a header line first): sequence, at (UTC), kind, voucher, holder, amount, space,
    /// by, committed, spent; amounts with a dot. A text that a spreadsheet would take for a formula is quoted with a
    /// leading apostrophe.
    /// </summary>
    public static string ToCsv(StoredProgramme stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var csv = new StringBuilder("sequence,at,kind,voucher,holder,amount,space,by,committed,spent\r\n");
        foreach (var e in stored.Ledger)
        {
            csv.AppendJoin(',',
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                EnumNames<LedgerEntryKind>.Name(e.Kind),
                Cell(e.Voucher),
                Cell(e.Holder),
                e.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                Cell(e.Space),
                Cell(e.By),
                e.Committed.ToString("0.00", CultureInfo.InvariantCulture),
                e.Spent.ToString("0.00", CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static JsonObject Holder(VoucherHolder holder) => holder.Actor is { } actor
        ? new JsonObject { ["actor"] = new JsonObject { ["kind"] = actor.Kind.Name(), ["id"] = actor.Id } }
        : new JsonObject { ["name"] = holder.Name, ["birthDate"] = holder.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    private static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
