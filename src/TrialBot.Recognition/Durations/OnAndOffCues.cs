using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Finds an answer about on-and-off use ("on and off for years", "off and on", "on/off", "intermittently", "stop and
/// start", 断断续续, 时断时续, 吃吃停停, 停停吃吃, 反反复复, 间断): its length is not that of the current course. An answer that
/// also names the current course ("on and off for years, this time since March", 这次从3月开始) is read for that.
/// </summary>
internal static partial class OnAndOffCues
{
    /// <summary>True when the text speaks of on-and-off use ("on and off for 10 years", 断断续续).</summary>
    public static bool SaysOnAndOff(string prepared) => OnAndOff().IsMatch(prepared) || ChineseOnAndOff().IsMatch(prepared);

    /// <summary>True when the answer speaks of on-and-off use without naming the current course.</summary>
    public static bool OnlyOnAndOff(string prepared) =>
        (OnAndOff().IsMatch(prepared) || ChineseOnAndOff().IsMatch(prepared)) && !Current().IsMatch(prepared) && !ChineseCurrent().IsMatch(prepared);

    [GeneratedRegex(@"\b(?:on and off|off and on|on ?/ ?off|on-off|on off|intermittent(?:ly)?|stop(?:ped)? and start(?:ed)?|start(?:ed)? and stop(?:ped)?|come off and (?:go|went) back|in and out of)\b")]
    private static partial Regex OnAndOff();

    [GeneratedRegex("断断续续|时断时续|吃吃停停|停停吃吃|停了又吃|吃了停|反反复复|反复用|间断|断续")]
    private static partial Regex ChineseOnAndOff();

    [GeneratedRegex(@"\b(?:this time|this course|current(?:ly)?|now|latest|most recent(?:ly)?|since (?:i )?(?:restarted|started again|went back))\b")]
    private static partial Regex Current();

    [GeneratedRegex("这次|这一次|这一轮|这轮|现在|目前|最近一次|重新开始|又开始")]
    private static partial Regex ChineseCurrent();
}
