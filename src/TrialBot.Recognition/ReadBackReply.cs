using System.Text.RegularExpressions;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a reply to the bot saying back what it understood ("So your dose is 10 mg a day — is that right?"). A reply
/// that opens by denying the reading (不对，是15毫克; 不是，应该是一片半; "wrong, 12.5") denies the bot's reading, not a
/// figure of its own: what follows is the corrected answer, read as an answer to the question.
/// </summary>
public static partial class ReadBackReply
{
    /// <summary>The part of <paramref name="reply"/> that may correct the reading: all of it, less an opening denial.</summary>
    /// <param name="reply">The reply, as typed.</param>
    /// <returns>The reply without its opening denial; the reply itself when it has none or nothing follows it.</returns>
    public static string Correction(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var denial = OpeningDenial().Match(reply);
        return denial.Success && denial.Length < reply.Length ? reply[denial.Length..] : reply;
    }

    [GeneratedRegex(@"^\s*(?:不对|不是|错了|说错了|搞错了|弄错了|(?i:nope|wrong|incorrect|not\s+right|thats\s+wrong|that's\s+wrong))(?:[\s,，。.!！:：]+|(?=是|应该|其实))(?:应该是|其实是|是)?")]
    private static partial Regex OpeningDenial();
}
