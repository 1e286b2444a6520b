namespace TrialBot.Recognition.Tests;

public class RecognizerWarmupTests
{
    [Fact]
    public async Task Warms_up_every_model_without_error()
    {
        await RecognizerWarmup.WarmUpAsync();

        Assert.Equal(Recognition.Of(35), AgeRecognizer.Recognize("我今年三十五岁", "zh-CN"));
    }

    [Fact]
    public async Task Stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RecognizerWarmup.WarmUpAsync(cancellation.Token));
        Assert.Throws<OperationCanceledException>(() => RecognizerWarmup.WarmUp(cancellation.Token));
    }
}
