namespace Matchmaking.Silo.Pages;

/// <summary>The texts of the dashboard's pictures (home page).</summary>
public sealed partial class Texts
{
    public string MapHeading => T("Dove sono", "Where they are");
    public string MapIntro => T("Aziende, startup e ricercatori per provincia della Lombardia.", "Companies, startups and researchers by province of Lombardy.");
    public string AsTable => T("Come tabella", "As a table");
    public string OutsideLombardy => T("Fuori dalla Lombardia o senza provincia", "Outside Lombardy or no province given");
    public string Total => T("Totale", "Total");
    public string SupplyDemandHeading => T("Offerta e domanda per tema", "Supply and demand by theme");
    public string NetworkHeading => T("Rete delle collaborazioni", "Collaboration network");
    public string NetworkIntro => T(
        "Chi ha già lavorato con chi: progetti passati dichiarati nei profili e partner accettati.",
        "Who has already worked with whom: past projects declared in the profiles and accepted partners.");
    public string NoCollaborations => T("Nessuna collaborazione registrata finora.", "No collaboration recorded yet.");
    public string Partner => T("Partner", "Partner");
    public string TimesHeading => T("Volte", "Times");

    public string MapLabel(IReadOnlyList<ProvinceCount> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var named = rows.Where(r => r.Province is not null && r.Total > 0).OrderByDescending(r => r.Total)
            .Select(r => $"{(IsEnglish ? r.Province!.NameEn : r.Province!.NameIt)} {r.Total}");
        return T($"Mappa della Lombardia, attori per provincia: {string.Join(", ", named)}", $"Map of Lombardy, actors by province: {string.Join(", ", named)}");
    }

    public string ProvinceCounts(ProvinceCount row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return T($"{Plural(row.Companies, "azienda", "aziende")}, {Plural(row.Startups, "startup", "startup")}, {Plural(row.Researchers, "ricercatore", "ricercatori")}",
            $"{Plural(row.Companies, "company", "companies")}, {Plural(row.Startups, "startup", "startups")}, {Plural(row.Researchers, "researcher", "researchers")}");
    }

    public string SupplyDemandIntro(int shown) => T(
        $"I {shown} temi più cercati: in verde chi li offre, in arancione chi li cerca.",
        $"The {shown} most sought themes: offerers in green, seekers in orange.");

    public string AllThemes(int count) => T($"Tutti i temi ({count})", $"Every theme ({count})");

    public string SupplyDemandLabel(int shown) => T($"Offerta e domanda dei {shown} temi più cercati", $"Supply and demand of the {shown} most sought themes");

    public string NetworkLabel(CollaborationPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return T($"Rete delle collaborazioni: {picture.Actors} attori, {picture.Collaborations} collaborazioni; la tabella le elenca.",
            $"Collaboration network: {picture.Actors} actors, {picture.Collaborations} collaborations; the table lists them.");
    }

    public string NetworkShown(int shown, int actors) => T(
        $"Sono disegnati i {shown} attori con più partner su {actors}.",
        $"The {shown} actors with the most partners of {actors} are drawn.");

    public string PartnerCount(int count) => T(count == 1 ? "1 partner" : $"{count} partner", count == 1 ? "1 partner" : $"{count} partners");

    public string TimesCount(int count) => T(count == 1 ? "una volta" : $"{count} volte", count == 1 ? "once" : $"{count} times");

    private static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
