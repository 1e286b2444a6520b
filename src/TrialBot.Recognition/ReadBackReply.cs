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

    /// <summary>
    /// True when <paramref name="reply"/> opens by saying the person cannot vouch for the reading (不确定，10月下旬断货那阵子可能停过几天;
    /// "not sure, she might have missed a few days"): whatever figures follow restate the doubt, not a corrected answer,
    /// unless they are offered as one ("not sure, maybe 10 weeks", 不确定，应该是15毫克).
    /// </summary>
    /// <param name="reply">The reply, as typed.</param>
    /// <returns>True for a reply that opens unsure and offers no answer of its own.</returns>
    public static bool OpensUnsure(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var doubt = OpeningDoubt().Match(reply);
        return doubt.Success && !OfferedAnswer().IsMatch(reply[doubt.Length..]);
    }

    [GeneratedRegex(@"^\s*(?:我也|我)?(?:不确定|不太确定|不敢确定|说不准|说不好|不好说|不清楚|记不清|不知道|(?i:not\s+(?:really\s+|totally\s+|100%\s+)?sure|unsure|i'?m\s+not\s+sure|im\s+not\s+sure|dont\s+know|don't\s+know|do\s+not\s+know|no\s+idea|idk|can'?t\s+say|hard\s+to\s+say))(?:[\s,，。.!！:：;；-]+|$)")]
    private static partial Regex OpeningDoubt();

    [GeneratedRegex(@"^\s*(?:应该是|大概是|可能是|大概|应该|估计是|估计|(?i:maybe|probably|perhaps|i\s+think\s+(?:it'?s|its)?|more\s+like|closer\s+to|around|about|roughly))\s*[\d一二两三四五六七八九十半]")]
    private static partial Regex OfferedAnswer();

    [GeneratedRegex(@"^\s*(?:不对|不是|错了|说错了|搞错了|弄错了|(?i:nope|wrong|incorrect|not\s+right|thats\s+wrong|that's\s+wrong))(?:[\s,，。.!！:：]+|(?=是|应该|其实))(?:应该是|其实是|是)?")]
    private static partial Regex OpeningDenial();
}
