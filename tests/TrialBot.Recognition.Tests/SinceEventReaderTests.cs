namespace TrialBot.Recognition.Tests;

public sealed class SinceEventReaderTests
{
    [Theory]
    [InlineData("been on it since i was diagnosed")]
    [InlineData("ever since they found it")]
    [InlineData("确诊以后一直在吃")]
    [InlineData("从确诊开始就吃")]
    [InlineData("确诊那会儿就开始吃了，一直没断过")]
    [InlineData("确诊那年就开始吃了，没停过")]
    public void The_diagnosis_as_the_start_is_read(string text) =>
        Assert.Equal(new SinceEvent(Diagnosis: true, AtAge: null), SinceEventReader.Read(text));

    [Theory]
    [InlineData("since i was 24", 24)]
    [InlineData("i was 29 when they found it", 29)]
    [InlineData("24岁那年确诊的", 24)]
    public void An_age_as_the_start_is_read(string text, int age) =>
        Assert.Equal(age, SinceEventReader.Read(text)?.AtAge);

    [Theory]
    [InlineData("since 2019")]
    [InlineData("3 years")]
    [InlineData("at 20 mg since march")]
    [InlineData(null)]
    public void A_time_or_nothing_names_no_event(string? text) => Assert.Null(SinceEventReader.Read(text));
}
