using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Tests;

public class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 200).Select(i => (double)i).Reverse().ToList());

        Assert.Equal(200, summary.Count);
        Assert.Equal(100, summary.P50);
        Assert.Equal(198, summary.P99);
        Assert.Equal(100.5, summary.Mean);
        Assert.Equal(200, summary.Max);
    }

    [Fact]
    public void One_value_is_every_percentile()
    {
        var summary = LatencySummary.Of([3.5]);

        Assert.Equal((3.5, 3.5), (summary.P50, summary.P99));
    }

    [Fact]
    public void Nothing_measured_is_not_a_number()
    {
        Assert.True(double.IsNaN(LatencySummary.Of([]).P99));
    }
}
