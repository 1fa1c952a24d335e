using System.Linq.Expressions;
using System.Reflection;

namespace Matchmaking.Runtime;

/// <summary>
/// What the runtime knows about one grain interface method, computed once: whether it is
/// [ReadOnly], how the proxy returns its result, and a compiled delegate that calls it on a grain.
/// </summary>
internal sealed class GrainMethod
{
    private static readonly MethodInfo DispatchTaskOfMethod = typeof(GrainMethod).GetMethod(nameof(DispatchTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DispatchValueTaskOfMethod = typeof(GrainMethod).GetMethod(nameof(DispatchValueTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Type? _resultType;
    private Delegate? _invoker;

    public GrainMethod(MethodInfo method)
    {
        Method = method;
        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: false);
        if (method.IsGenericMethodDefinition)
        {
            throw Unsupported("generic methods are not supported");
        }

        if (method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw Unsupported("ref, out and in parameters are not supported");
        }

        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            Dispatch = DispatchTask;
        }
        else if (returnType == typeof(ValueTask))
        {
            Dispatch = DispatchValueTask;
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            _resultType = returnType.GetGenericArguments()[0];
            Dispatch = DispatchTaskOfMethod.MakeGenericMethod(_resultType).CreateDelegate<Func<GrainReference, GrainMethod, object?[], object>>();
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            _resultType = returnType.GetGenericArguments()[0];
            Dispatch = DispatchValueTaskOfMethod.MakeGenericMethod(_resultType).CreateDelegate<Func<GrainReference, GrainMethod, object?[], object>>();
        }
        else
        {
            throw Unsupported("grain methods must return Task, Task<T>, ValueTask or ValueTask<T>");
        }
    }

    public MethodInfo Method { get; }

    /// <summary>Marked [ReadOnly] on the interface: may share the activation with other read-only calls.</summary>
    public bool IsReadOnly { get; }

    /// <summary>Called by the proxy: starts the call and returns it in the method's own return type.</summary>
    public Func<GrainReference, GrainMethod, object?[], object> Dispatch { get; }

    /// <summary>The compiled call of a method with a result, normalised to <see cref="ValueTask{TResult}"/>.</summary>
    public Func<object, object?[], ValueTask<TResult>> GetInvoker<TResult>() =>
        (Func<object, object?[], ValueTask<TResult>>)(_invoker ??= Compile());

    /// <summary>The compiled call of a method without a result, normalised to <see cref="ValueTask"/>.</summary>
    public Func<object, object?[], ValueTask> GetInvoker() =>
        (Func<object, object?[], ValueTask>)(_invoker ??= Compile());

    private static object DispatchTask(GrainReference target, GrainMethod method, object?[] arguments) =>
        target.Runtime.InvokeAsync(target, method, arguments).AsTask();

    private static object DispatchValueTask(GrainReference target, GrainMethod method, object?[] arguments) =>
        target.Runtime.InvokeAsync(target, method, arguments);

    private static object DispatchTaskOf<TResult>(GrainReference target, GrainMethod method, object?[] arguments) =>
        target.Runtime.InvokeAsync<TResult>(target, method, arguments).AsTask();

    private static object DispatchValueTaskOf<TResult>(GrainReference target, GrainMethod method, object?[] arguments) =>
        target.Runtime.InvokeAsync<TResult>(target, method, arguments);

    // (grain, args) => new ValueTask<R>(((IFoo)grain).Method((A0)args[0], ...)), or the ValueTask as returned.
    private Delegate Compile()
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var call = Expression.Call(
            Expression.Convert(grain, Method.DeclaringType!),
            Method,
            Method.GetParameters().Select((p, i) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        var valueTaskType = _resultType is null ? typeof(ValueTask) : typeof(ValueTask<>).MakeGenericType(_resultType);
        Expression body = Method.ReturnType == valueTaskType
            ? call
            : Expression.New(valueTaskType.GetConstructor([Method.ReturnType])!, call);
        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(object), typeof(object?[]), valueTaskType);
        return Expression.Lambda(delegateType, body, grain, arguments).Compile();
    }

    private NotSupportedException Unsupported(string why) =>
        new($"Grain method {Method.DeclaringType}.{Method.Name}: {why}.");
}
