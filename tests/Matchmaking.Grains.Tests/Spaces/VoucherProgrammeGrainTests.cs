using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Spaces;
using Matchmaking.Grains.Tests.Events;
using Matchmaking.Grains.Tests.Infrastructure;
using Matchmaking.Grains.Vouchers;

namespace Matchmaking.Grains.Tests.Spaces;

/// <summary>
/// A voucher programme never issues beyond its budget nor spends a voucher twice under concurrent calls, spends only at
/// accredited spaces within its window, checks its holders, and keeps its ledger across a restart.
/// </summary>
public sealed class VoucherProgrammeGrainTests : IAsyncLifetime
{
    private const string Accredited = "cowo-accreditato";
    // The silo's real clock: Orleans' membership runs on the same TimeProvider, so a test moves the programme's
    // window around today instead of moving time.
    private readonly GrainHost host = new();

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        await host.Grains.GetGrain<ISpaceGrain>(Accredited).UpsertAsync(SpaceSamples.Space());
        await host.Grains.GetGrain<ISpaceGrain>(Accredited).AccreditAsync(true, "manager");
        await host.Grains.GetGrain<ISpaceGrain>("cowo-in-attesa").UpsertAsync(SpaceSamples.Space("Cremona", "CR"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IVoucherProgrammeGrain Grain(string id = "voucher-prova") => host.Grains.GetGrain<IVoucherProgrammeGrain>(id);

    [Fact]
    public async Task Two_hundred_concurrent_issues_on_a_budget_for_fifty_issue_fifty_and_the_rest_are_refused()
    {
        await Grain().UpsertAsync(SpaceSamples.Programme(vouchers: 50));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            try
            {
                return (await Grain().IssueAsync(SpaceSamples.Person(i), "manager")).Voucher;
            }
            catch (StateConflictException)
            {
                return null;
            }
        })));

        var issued = attempts.OfType<Voucher>().ToList();
        Assert.Equal(50, issued.Count);
        Assert.Equal(50, issued.Select(v => v.Id).Distinct().Count());
        var stored = (await Grain().GetAsync())!;
        Assert.Equal(5_000m, stored.Committed);
        Assert.Equal(0m, stored.Available);
        Assert.Equal(50, stored.Ledger.Count);
        Assert.Equal(Enumerable.Range(1, 50), stored.Ledger.Select(e => e.Sequence));
        Assert.Equal(5_000m, stored.Ledger[^1].Committed);

        await host.RestartAsync();
        var reloaded = host.Get<ProgrammeBoard>().Get("voucher-prova")!;
        Assert.Equal(50, reloaded.Vouchers.Count);
        Assert.Equal(5_000m, reloaded.Committed);
        await Assert.ThrowsAsync<StateConflictException>(() => Grain().IssueAsync(SpaceSamples.Person(999), "manager"));
    }

    [Fact]
    public async Task Fifty_concurrent_spends_of_one_voucher_spend_it_once()
    {
        await Grain().UpsertAsync(SpaceSamples.Programme());
        var voucher = (await Grain().IssueAsync(SpaceSamples.Person(1), "manager")).Voucher;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            try
            {
                await Grain().SpendAsync(voucher.Id, Accredited, "manager");
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, attempts.Count(spent => spent));
        var stored = (await Grain().GetAsync())!;
        Assert.Equal(VoucherStatus.Spent, stored.Voucher(voucher.Id)!.Status);
        Assert.Equal(Accredited, stored.Voucher(voucher.Id)!.Space);
        Assert.Equal([LedgerEntryKind.Issued, LedgerEntryKind.Spent], stored.Ledger.Select(e => e.Kind));
        Assert.Equal(100m, stored.Spent);
    }

    [Fact]
    public async Task A_voucher_is_spent_only_at_an_accredited_space_within_the_window_and_nothing_changes_otherwise()
    {
        await Grain().UpsertAsync(SpaceSamples.Programme());
        var voucher = (await Grain().IssueAsync(SpaceSamples.Person(1), "manager")).Voucher;
        var before = (await Grain().GetAsync())!.Version;

        var pending = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().SpendAsync(voucher.Id, "cowo-in-attesa", "manager"));
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().SpendAsync(voucher.Id, "cowo-che-non-esiste", "manager"));
        await Assert.ThrowsAsync<NotFoundException>(() => Grain().SpendAsync("v99", Accredited, "manager"));
        await host.Grains.GetGrain<ISpaceGrain>(Accredited).AccreditAsync(false, "manager", "Requisiti venuti meno.");
        var withdrawn = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().SpendAsync(voucher.Id, Accredited, "manager"));
        await host.Grains.GetGrain<ISpaceGrain>(Accredited).AccreditAsync(true, "manager");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
        await Grain().UpsertAsync(SpaceSamples.Programme() with { ValidUntil = yesterday });
        before = (await Grain().GetAsync())!.Version;
        var closed = await Assert.ThrowsAsync<StateConflictException>(() => Grain().SpendAsync(voucher.Id, Accredited, "manager"));

        Assert.Contains("space", pending.Errors.Keys);
        Assert.Contains("pending", pending.Errors["space"][0], StringComparison.Ordinal);
        Assert.Contains("no co-working space", unknown.Errors["space"][0], StringComparison.Ordinal);
        Assert.Contains("withdrawn", withdrawn.Errors["space"][0], StringComparison.Ordinal);
        Assert.Contains($"{yesterday:yyyy-MM-dd}", closed.Message, StringComparison.Ordinal);
        var after = (await Grain().GetAsync())!;
        Assert.Equal(before, after.Version);
        Assert.Equal(VoucherStatus.Issued, after.Voucher(voucher.Id)!.Status);
    }

    [Fact]
    public async Task Holders_are_checked_for_shape_kind_age_existence_and_a_second_voucher()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 1);
        await Grain().UpsertAsync(SpaceSamples.Programme(maxAge: 35));

        var tooOld = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().IssueAsync(SpaceSamples.Person(1, bornIn: 1980), "manager"));
        var both = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().IssueAsync(new VoucherHolder { Name = "X", Actor = EventSamples.Startup(0) }, "manager"));
        var company = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().IssueAsync(new VoucherHolder { Actor = new ActorRef(ActorKind.Company, "acme") }, "manager"));
        await Assert.ThrowsAsync<ActorNotFoundException>(() => Grain().IssueAsync(new VoucherHolder { Actor = new ActorRef(ActorKind.Startup, "nessuna") }, "manager"));
        var startup = await Grain().IssueAsync(new VoucherHolder { Actor = EventSamples.Startup(0) }, "manager");
        var person = await Grain().IssueAsync(SpaceSamples.Person(2), "manager");
        var again = await Assert.ThrowsAsync<StateConflictException>(() => Grain().IssueAsync(new VoucherHolder { Name = "  persona 002 ", BirthDate = new DateOnly(2000, 6, 1) }, "manager"));

        Assert.Contains("holder.birthDate", tooOld.Errors.Keys);
        Assert.Contains("holder", both.Errors.Keys);
        Assert.Contains("holder.actor.kind", company.Errors.Keys);
        Assert.Equal("v1", startup.Voucher.Id);
        Assert.Equal("v2", person.Voucher.Id);
        Assert.Contains("v2", again.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Grain().GetAsync())!.Vouchers.Count);
    }

    [Fact]
    public async Task A_revoked_voucher_frees_its_value_and_the_budget_cannot_go_below_what_is_committed()
    {
        await Grain().UpsertAsync(SpaceSamples.Programme(vouchers: 2));
        var first = (await Grain().IssueAsync(SpaceSamples.Person(1), "manager")).Voucher;
        await Grain().IssueAsync(SpaceSamples.Person(2), "manager");
        await Assert.ThrowsAsync<StateConflictException>(() => Grain().IssueAsync(SpaceSamples.Person(3), "manager"));

        var lowered = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(SpaceSamples.Programme(vouchers: 1)));
        var revoked = await Grain().RevokeAsync(first.Id, "manager");
        var third = await Grain().IssueAsync(SpaceSamples.Person(3), "manager");
        await Grain().SpendAsync(third.Voucher.Id, Accredited, "manager");
        var revokeSpent = await Assert.ThrowsAsync<StateConflictException>(() => Grain().RevokeAsync(third.Voucher.Id, "manager"));
        await Assert.ThrowsAsync<StateConflictException>(() => Grain().SpendAsync(first.Id, Accredited, "manager"));
        await Assert.ThrowsAsync<StateConflictException>(() => Grain().DeleteAsync());

        Assert.Contains("budget", lowered.Errors.Keys);
        Assert.Equal(100m, revoked.Stored.Committed);
        Assert.Equal("v3", third.Voucher.Id);
        Assert.Contains("spent", revokeSpent.Message, StringComparison.Ordinal);
        var stored = (await Grain().GetAsync())!;
        Assert.Equal(
            [LedgerEntryKind.Issued, LedgerEntryKind.Issued, LedgerEntryKind.Revoked, LedgerEntryKind.Issued, LedgerEntryKind.Spent],
            stored.Ledger.Select(e => e.Kind));
        Assert.Equal(200m, stored.Committed);
        Assert.Equal(100m, stored.Spent);
    }

    [Fact]
    public async Task A_programme_with_a_window_ending_before_it_starts_or_no_holders_is_refused_naming_the_fields()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain().UpsertAsync(SpaceSamples.Programme() with
        {
            ValidUntil = new DateOnly(2025, 1, 1),
            VoucherValue = 0,
            Eligibility = new VoucherEligibility(),
        }));

        Assert.Contains("validUntil", error.Errors.Keys);
        Assert.Contains("voucherValue", error.Errors.Keys);
        Assert.Contains("eligibility.holders", error.Errors.Keys);
        Assert.Null(await Grain().GetAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => Grain().IssueAsync(SpaceSamples.Person(1), "manager"));
    }
}
