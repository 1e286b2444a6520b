using TrialBot.Dialogs.Channels;
using TrialBot.Sms.Segments;

namespace TrialBot.Sms.Tests;

/// <summary>Segments as the networks count them, and texts folded into GSM-7.</summary>
public sealed class SegmentTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Gsm7_takes_160_characters_in_one_segment_and_153_in_each_part_of_a_longer_one(int length, int segments)
    {
        var text = new string('a', length);

        Assert.Equal(segments, SmsSegments.Count(text));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(text));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2_takes_70_characters_in_one_segment_and_67_in_each_part_of_a_longer_one(int length, int segments)
    {
        var text = new string('狼', length);

        Assert.Equal(segments, SmsSegments.Count(text));
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(text));
    }

    [Fact]
    public void One_character_outside_gsm7_turns_the_whole_message_into_ucs2()
    {
        var text = new string('a', 100) + "\u201C";

        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(text));
        Assert.Equal(2, SmsSegments.Count(text));
    }

    [Fact]
    public void Extension_characters_count_twice_and_are_never_split()
    {
        Assert.Equal(1, SmsSegments.Count(new string('€', 80)));
        Assert.Equal(2, SmsSegments.Count(new string('€', 81)));

        // 152 plain characters and one extension character: the escape pair moves whole to the second part.
        Assert.Equal(2, SmsSegments.Count(new string('a', 152) + "[" + new string('a', 10)));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split_between_ucs2_segments()
    {
        var text = new string('狼', 66) + "\U0001F600" + new string('狼', 10);

        Assert.Equal(2, SmsSegments.Count(text));
        Assert.Equal(3, SmsSegments.Count(new string('狼', 66) + "\U0001F600" + new string('狼', 67)));
    }

    [Fact]
    public void Typographic_punctuation_folds_into_gsm7_but_chinese_keeps_its_own()
    {
        Assert.Equal("Say \"I don't know\" - or ... 106 umol/L", Gsm7Folding.Fold("Say \u201CI don\u2019t know\u201D \u2014 or \u2026 106 \u00B5mol/L"));
        Assert.Equal("请输入\u201C中文\u201D", Gsm7Folding.Fold("请输入\u201C中文\u201D"));
    }
}
