using System.Collections.Frozen;
using System.Reflection;

namespace Matchmaking.Runtime;

/// <summary>A grain interface, the class that implements it and the calls it offers (its own and inherited).</summary>
internal sealed class GrainInterfaceInfo
{
    public GrainInterfaceInfo(Type grainInterface, GrainClassInfo grainClass)
    {
        Interface = grainInterface;
        Class = grainClass;
        Methods = grainInterface.GetMethods()
            .Concat(grainInterface.GetInterfaces().SelectMany(inherited => inherited.GetMethods()))
            .Distinct()
            .ToFrozenDictionary(method => method, method => new GrainMethod(method));
    }

    public Type Interface { get; }

    public GrainClassInfo Class { get; }

    /// <summary>Keyed by the interface's <see cref="MethodInfo"/>, as the proxy receives it.</summary>
    public FrozenDictionary<MethodInfo, GrainMethod> Methods { get; }
}
