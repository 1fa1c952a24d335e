namespace Matchmaking.Silo.OpenApi;

/// <summary>Example request bodies shown in the OpenAPI document (each one the API accepts, tested by walking them).</summary>
public static class ApiExamples
{
    public const string Company = """
        {"name":"Officine Bresciane Valvole Srl","description":"Valvole industriali a Lumezzane; cerchiamo manutenzione predittiva.",
         "themes":["industrial-iot"],"offers":["lavorazioni CNC"],"needs":["manutenzione predittiva"],
         "location":{"municipality":"Lumezzane","province":"BS","region":"Lombardia","country":"IT"},
         "sectorCode":"28.14","employees":85,"isSme":true}
        """;

    public const string Startup = """
        {"name":"Visione Srl","description":"Computer vision per l'ispezione dei difetti superficiali.",
         "themes":["computer-vision","industrial-iot"],"offers":["ispezione difetti superficiali"],
         "location":{"municipality":"Cremona","province":"CR","region":"Lombardia","country":"IT"},
         "stage":"mvp","seeks":["pilot-customers"]}
        """;

    public const string Researcher = """
        {"name":"Prof.ssa Giulia Ferrari","description":"Manutenzione predittiva e monitoraggio delle macchine utensili.",
         "themes":["predictive-maintenance","machine-learning"],"offers":["predictive maintenance"],
         "location":{"municipality":"Brescia","province":"BS","region":"Lombardia","country":"IT"},
         "affiliation":"Università degli Studi di Brescia","position":"professor","availability":"available"}
        """;

    public const string Brief = """
        {"brief":"Cerchiamo sensori IoT per il monitoraggio delle vibrazioni delle presse","target":["startup","researcher"],"top":5,"province":"BS"}
        """;

    public const string Feedback = """
        {"target":{"kind":"startup","id":"vibrasense"},"decision":"accept","reason":"Ci serve un pilota in primavera."}
        """;

    public const string Call = """
        {"title":"Bando Hub tecnologici 2027","publisher":"Regione Lombardia","description":"Contributi per progetti di innovazione tra PMI e università.",
         "themes":["industrial-iot","ai"],"eligible":["sme","university"],"region":"Lombardia","budget":12000000,
         "opening":"2026-10-01","deadline":"2027-06-30","url":"https://www.example.it/bandi/hub-tecnologici-2027"}
        """;

    public const string Event = """
        {"title":{"it":"Cybersecurity per le PMI manifatturiere","en":"Cybersecurity for manufacturing SMEs"},
         "organiser":{"hub":"CSMT – Officina Liberty"},"themes":["cybersecurity"],"start":"2027-03-14T09:00","end":"2027-03-14T13:00",
         "place":{"address":"Via Matteotti 299, Gardone Val Trompia (BS)"},"capacity":30,"audience":["companies","startups"],"price":120,"status":"published"}
        """;

    public const string Space = """
        {"name":"Officina Liberty","operator":"CSMT Gestione","address":"Via Branze 45","location":{"municipality":"Brescia","province":"BS","region":"Lombardia"},
         "seats":60,"freeSeats":12,"services":["wifi","sala riunioni","laboratorio"],"dayPrice":15,
         "description":{"it":"Coworking per startup nel campus dell'innovazione.","en":"Co-working for startups on the innovation campus."}}
        """;

    public const string Accreditation = """{"accredited":true,"note":"Requisiti verificati il 10/01/2027."}""";

    public const string VoucherProgramme = """
        {"title":{"it":"Voucher coworking per giovani","en":"Co-working vouchers for young people"},"issuer":"Comune di Milano",
         "budget":198240,"voucherValue":1000,"eligibility":{"holders":["person","startup"],"maxAge":35},
         "validFrom":"2026-04-26","validUntil":"2027-12-31"}
        """;

    public const string Issue = """{"holder":{"name":"Giulia Rossi","birthDate":"1998-05-17"}}""";

    public const string Spend = """{"space":"officina-liberty"}""";

    public const string Member = """{"member":{"kind":"startup","id":"vibrasense"}}""";

    public const string ProjectBrief = """
        {"themes":["predictive-maintenance"],"need":"Manutenzione predittiva delle presse di una valvoleria","region":"Lombardia","top":3}
        """;

    public const string Decision = """{"member":{"kind":"company","id":"officine-bresciane-valvole"},"decision":"accept"}""";

    public const string Reason = """{"reason":"Il partner industriale si è ritirato."}""";

    public const string User = """{"id":"coach-crit","name":"Coach CRIT","role":"coach","password":"una-password-lunga"}""";

    public const string Key = """{"label":"script di import"}""";

    public const string Import = """
        {"items":[{"kind":"startup","id":"visione","name":"Visione Srl","themes":["computer-vision"],"location":{"province":"CR"}}]}
        """;
}
