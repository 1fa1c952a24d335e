namespace Matchmaking.Runtime;

/// <summary>Marker of every grain interface (mirrors <c>Orleans.IGrain</c>).</summary>
public interface IGrain;

/// <summary>A grain whose identity is a string key (mirrors <c>Orleans.IGrainWithStringKey</c>).</summary>
public interface IGrainWithStringKey : IGrain;
