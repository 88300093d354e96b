using System.Runtime.CompilerServices;

namespace Katas.CustomAwaiter.Tests;

/// <summary>A wrong awaitable, to prove the thread check can fail: its continuation runs on a thread-pool thread.</summary>
internal readonly struct PoolAwaitable
{
    public Awaiter GetAwaiter() => default;

    internal readonly struct Awaiter : INotifyCompletion
    {
        public bool IsCompleted => false;

        public void OnCompleted(Action continuation) => ThreadPool.QueueUserWorkItem(_ => continuation());

        public void GetResult()
        {
        }
    }
}
