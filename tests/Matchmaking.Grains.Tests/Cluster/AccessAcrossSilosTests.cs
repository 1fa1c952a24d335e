using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Access;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Matchmaking.Grains.Tests.Cluster;

/// <summary>Users and keys are one registry grain for the cluster: what one silo changes holds on the other at once.</summary>
public sealed class AccessAcrossSilosTests : ClusterTestsBase
{
    public override Task InitializeAsync() => Cluster.With<Accounts>().StartAsync();

    [Fact]
    public async Task A_key_made_through_one_silo_works_through_the_other_and_a_revocation_holds_at_once_on_both()
    {
        var member = new UserAccount("member-acme", "Acme", Roles.Member, new ActorRef(ActorKind.Company, "acme"));
        Assert.NotNull(await First.Get<UserAccounts>().CreateAsync(member, "correct horse"));
        var key = (await First.Get<UserAccounts>().CreateApiKeyAsync("member-acme", "ci"))!;

        Assert.Equal(member, await Second.Get<UserAccounts>().FindByApiKeyAsync(key.Key));
        Assert.Equal(member, await Second.Get<UserAccounts>().VerifyPasswordAsync("member-acme", "correct horse"));

        await Second.Get<UserAccounts>().RevokeApiKeyAsync(key.Info.KeyId);

        // No wait: the registry is one activation, not a copy per silo.
        Assert.Null(await First.Get<UserAccounts>().FindByApiKeyAsync(key.Key));
        Assert.Null(await Second.Get<UserAccounts>().FindByApiKeyAsync(key.Key));
        Assert.True(await First.Get<UserAccounts>().DeleteAsync("member-acme"));
        Assert.Null(await Second.Get<UserAccounts>().VerifyPasswordAsync("member-acme", "correct horse"));
    }

    private sealed class Accounts : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton(new AccessOptions());
            siloBuilder.Services.AddSingleton<UserAccounts>();
        }
    }
}
