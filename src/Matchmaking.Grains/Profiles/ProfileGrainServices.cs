using Matchmaking.Grains.Directory;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Grains.Suggestions;

namespace Matchmaking.Grains.Profiles;

/// <summary>The silo-wide services every profile grain uses, in one parameter.</summary>
public sealed record ProfileGrainServices(ProfileRules Rules, ActorDirectory Directory, Matchmaker Matchmaker, EcosystemReplica Replica, TimeProvider Clock);
