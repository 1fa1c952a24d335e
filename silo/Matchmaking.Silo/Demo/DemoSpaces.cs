using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Silo.Http;
using Orleans;

namespace Matchmaking.Silo.Demo;

/// <summary>
/// The demo co-working spaces (Officina Liberty in Brescia, the Cremona hub, a Milan space, all accredited; a Crema
/// space waiting for accreditation) and the Comune di Milano's voucher programme from seed 003 with two vouchers
/// (one held by a startup, one spent by a young co-worker), embedded in the silo and written through the grains by
/// the demo hub manager. Vouchers are issued only while the programme's window is open.
/// </summary>
public sealed class DemoSpaces(IGrainFactory grains)
{
    private const string ResourceName = "Matchmaking.Silo.demo-spaces.json";
    private const string HubManager = "admin";

    /// <summary>Writes every demo space and programme; returns how many spaces.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var root = Read();
        var count = 0;
        foreach (var node in root["spaces"]?.AsArray() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = node!.AsObject().DeepClone().AsObject();
            var id = document["id"]!.GetValue<string>();
            var accredited = document["accredited"]?.GetValue<bool>() == true;
            document.Remove("accredited");
            var grain = grains.GetGrain<ISpaceGrain>(id);
            await grain.UpsertAsync(SpaceDocuments.FromDocument(id, document));
            if (accredited)
            {
                await grain.AccreditAsync(true, HubManager, "Demo: requisiti verificati.");
            }

            count++;
        }

        foreach (var node in root["programmes"]?.AsArray() ?? [])
        {
            var document = node!.AsObject().DeepClone().AsObject();
            var id = document["id"]!.GetValue<string>();
            var vouchers = document["vouchers"]?.AsArray().DeepClone().AsArray() ?? [];
            document.Remove("vouchers");
            var grain = grains.GetGrain<IVoucherProgrammeGrain>(id);
            await grain.UpsertAsync(VoucherDocuments.FromDocument(id, document));
            await IssueAsync(grain, vouchers);
        }

        return count;
    }

    private static async Task IssueAsync(IVoucherProgrammeGrain grain, JsonArray vouchers)
    {
        foreach (var voucher in vouchers)
        {
            var holder = StrictBodies.Read<VoucherHolder>(voucher!["holder"]!, "a voucher's holder");
            try
            {
                var issued = await grain.IssueAsync(holder, HubManager);
                if (voucher["spentAt"]?.GetValue<string>() is { } space)
                {
                    await grain.SpendAsync(issued.Voucher.Id, space, HubManager);
                }
            }
            catch (StateConflictException)
            {
                return; // the window is closed (or not open yet): the demo programme keeps no vouchers
            }
        }
    }

    private static JsonObject Read()
    {
        using var stream = typeof(DemoSpaces).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo resource {ResourceName} is missing.");
        return JsonNode.Parse(stream)!.AsObject();
    }
}
