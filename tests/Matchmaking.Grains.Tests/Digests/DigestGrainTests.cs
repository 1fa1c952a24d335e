using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Access;
using Matchmaking.Grains.Tests.Events;
using Matchmaking.Grains.Tests.Infrastructure;

namespace Matchmaking.Grains.Tests.Digests;

/// <summary>A digest marks the partners the previous one did not suggest; the weekly issue covers every member actor once.</summary>
public sealed class DigestGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task After_an_issue_only_partners_not_suggested_before_are_new_and_the_schedule_issues_each_member_actor_once()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 4);
        var digest = host.Grains.GetGrain<IDigestGrain>("startup/startup-000");
        var registry = host.Grains.GetGrain<IAccessGrain>(AccessKeys.Registry);
        foreach (var user in new[] { "m1", "m2" })
        {
            await registry.CreateUserAsync(new NewUser(new UserAccount(user, user, Roles.Member, new ActorRef(ActorKind.Startup, "startup-000")), null, DateTimeOffset.UtcNow));
        }

        await registry.CreateUserAsync(new NewUser(new UserAccount("c1", "c1", Roles.Coach, null), null, DateTimeOffset.UtcNow));

        var first = await digest.GetAsync("it");
        var issued = await host.Grains.GetGrain<IDigestScheduleGrain>(0).IssueAllAsync();
        await EventSamples.WriteStartupsAsync(host.Grains, 5); // startup-004 arrives after the issue
        var next = await digest.GetAsync("en");

        Assert.Equal(3, first.Suggestions.Count);
        Assert.All(first.Suggestions, s => Assert.True(s.New));
        Assert.Equal(1, issued);
        Assert.Equal(["startup-004"], next.Suggestions.Where(s => s.New).Select(s => s.Id));
        Assert.True(next.Since > first.Since);
        Assert.Equal("en", next.Language);
        await Assert.ThrowsAsync<ActorNotFoundException>(() => host.Grains.GetGrain<IDigestGrain>("startup/nessuna").GetAsync("it"));
    }
}
