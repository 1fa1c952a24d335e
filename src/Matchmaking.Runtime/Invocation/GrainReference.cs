using System.Reflection;

namespace Matchmaking.Runtime;

/// <summary>
/// The proxy behind a grain interface (mirrors Orleans' <c>GrainReference</c>): cheap to make,
/// activates nothing by itself, and turns each interface call into a turn of the grain's activation.
/// </summary>
internal class GrainReference : DispatchProxy
{
    internal GrainRuntime Runtime { get; private set; } = null!;

    internal GrainId GrainId { get; private set; }

    internal GrainInterfaceInfo Interface { get; private set; } = null!;

    public static TGrainInterface Create<TGrainInterface>(GrainRuntime runtime, GrainId grainId, GrainInterfaceInfo grainInterface)
    {
        var proxy = Create(typeof(TGrainInterface), typeof(GrainReference));
        var reference = (GrainReference)proxy;
        reference.Runtime = runtime;
        reference.GrainId = grainId;
        reference.Interface = grainInterface;
        return (TGrainInterface)proxy;
    }

    public override string ToString() => GrainId.ToString();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod is null || !Interface.Methods.TryGetValue(targetMethod, out var method))
        {
            throw new NotSupportedException($"{targetMethod} is not a call of grain interface {Interface.Interface}.");
        }

        return method.Dispatch(this, method, args ?? []);
    }
}
