using System.Net;

namespace Roundtable.Bench.Overhead;

/// <summary>What a closed loop drives: sessions that turns are sent in (a conversation, a meeting), and the turns.</summary>
internal interface IClosedLoopTarget<out TReply>
{
    /// <summary>A new session, ready for its first turn.</summary>
    Task<string> StartSessionAsync();

    /// <summary>One turn: milliseconds from sending to the whole body read, and the body.</summary>
    Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)> SendAsync(string session, long turn);

    /// <summary>What the bench keeps of a measured turn's successful reply.</summary>
    TReply Read(byte[] body);
}
