using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Katas.RealTasks.Tests;

/// <summary>Which methods a kata method calls, read from its IL (an async method's body is its state machine's MoveNext).</summary>
internal static class MethodCalls
{
    private static readonly Dictionary<short, OpCode> OpCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The methods <paramref name="method"/> calls, as "Type.Name".</summary>
    public static IReadOnlyList<string> Of(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var body = method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } machine
            ? machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!
            : method;
        var il = body.GetMethodBody()?.GetILAsByteArray() ?? [];
        var calls = new List<string>();
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodes[(short)(0xFE00 | il[at + 1])] : OpCodes[il[at]];
            at += code.Size;
            if (code.FlowControl == FlowControl.Call && code.OperandType == OperandType.InlineMethod)
            {
                var called = body.Module.ResolveMethod(BitConverter.ToInt32(il, at), body.DeclaringType?.GetGenericArguments(), null);
                calls.Add($"{called?.DeclaringType?.Name}.{called?.Name}");
            }

            at += OperandSize(code, il, at);
        }

        return calls;
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
