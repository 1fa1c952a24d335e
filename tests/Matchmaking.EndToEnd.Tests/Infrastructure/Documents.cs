using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>Profile documents and HTTP helpers for the tests.</summary>
public static class Documents
{
    private static int counter;

    /// <summary>A fresh id, unique in the test run.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Interlocked.Increment(ref counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    public static JsonObject Company(string name = "Officine Test Srl") => new()
    {
        ["name"] = name,
        ["description"] = "Lavorazioni meccaniche di precisione a Lumezzane; cerchiamo manutenzione predittiva.",
        ["themes"] = new JsonArray("industrial-iot"),
        ["offers"] = new JsonArray("lavorazioni CNC"),
        ["needs"] = new JsonArray("manutenzione predittiva"),
        ["location"] = new JsonObject { ["municipality"] = "Lumezzane", ["province"] = "BS", ["region"] = "Lombardia", ["country"] = "IT" },
        ["sectorCode"] = "25.62",
        ["employees"] = 40,
        ["isSme"] = true,
    };

    public static JsonObject Startup(string name = "Visione Test Srl") => new()
    {
        ["name"] = name,
        ["description"] = "Computer vision for the inspection of surface defects on machined parts.",
        ["themes"] = new JsonArray("computer-vision", "industrial-iot"),
        ["offers"] = new JsonArray("ispezione difetti superficiali"),
        ["location"] = new JsonObject { ["municipality"] = "Cremona", ["province"] = "CR", ["region"] = "Lombardia", ["country"] = "IT" },
        ["stage"] = "mvp",
        ["seeks"] = new JsonArray("pilot-customers"),
    };

    public static JsonObject Researcher(string name = "Prof. Test Ricercatrice") => new()
    {
        ["name"] = name,
        ["description"] = "Predictive maintenance and condition monitoring of machine tools.",
        ["themes"] = new JsonArray("predictive-maintenance", "machine-learning"),
        ["offers"] = new JsonArray("predictive maintenance"),
        ["location"] = new JsonObject { ["municipality"] = "Brescia", ["province"] = "BS", ["region"] = "Lombardia", ["country"] = "IT" },
        ["affiliation"] = "Università degli Studi di Brescia",
        ["position"] = "professor",
        ["availability"] = "available",
    };

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
