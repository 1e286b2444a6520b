using TrialBot.Recognition.Statements;
using Xunit;

namespace TrialBot.Recognition.Tests;

/// <summary>Words taking back an earlier answer, near the topic of that earlier question.</summary>
public sealed class EarlierAnswerCorrectionTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Topics =
    [
        ["transplant", "new kidney", "移植", "换肾", "换过肾"],
        ["high dose", "pulse", "iv steroids", "大剂量", "冲击"],
        ["stroke", "epilepsy", "seizure", "中风", "癫痫"],
    ];

    [Theory]
    [InlineData("nope. actually can i go back? the transplant question, i did get a new kidney in 2017", 0)]
    [InlineData("fine thanks. I answered that wrong before about the pulse, I had 3 days of pulse in october", 1)]
    [InlineData("no. my mistake on the stroke one, i had a small stroke 2 yrs ago", 2)]
    [InlineData("Not that I know of. Earlier I said no to epilepsy but I had seizures as a kid", 2)]
    [InlineData("no!! wrong answer on the transplant q, i meant yes", 0)]
    [InlineData("没有。前面那个冲击的问题我说错了，九月份冲击过三天", 1)]
    [InlineData("正常。刚才癫痫那题点错了，应该是有", 2)]
    [InlineData("没有，我要改一下答案，我换过肾的", 0)]
    [InlineData("强的松、羟氯喹\n哎呀妈呀，刚才问中风我说没有，整错了，我前年中风过", 2)]
    [InlineData("没有。之前移植那个闹错了，我07年换过肾", 0)]
    [InlineData("10mg. sorry i messed up the seizure question, i do have epilepsy", 2)]
    public void Words_taking_back_an_earlier_answer_near_its_topic_name_that_question(string answer, int expected) =>
        Assert.Equal(expected, EarlierAnswerCorrection.Find(answer, Topics));

    [Theory]
    [InlineData("no transplant, no strokes, nothing like that")]
    [InlineData("I was wrong about the dates earlier, it was 2019 not 2018")]
    [InlineData("like i said, my kidneys are fine")]
    [InlineData("没有移植，没有中风")]
    [InlineData("刚才说了，没有")]
    [InlineData("刚才我说了没有中风")]
    [InlineData("i made a mistake with my meds last week and took two")]
    public void A_topic_or_a_correction_alone_names_no_earlier_question(string answer) =>
        Assert.Null(EarlierAnswerCorrection.Find(answer, Topics));
}
