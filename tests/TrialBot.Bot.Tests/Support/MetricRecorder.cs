using System.Diagnostics.Metrics;

namespace TrialBot.Bot.Tests.Support;

/// <summary>Records the measurements of one meter's counters, by instrument name and tags.</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements = [];
    private readonly object gate = new();

    public MetricRecorder(string meterName, object meterScope)
    {
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == meterName && ReferenceEquals(instrument.Meter.Scope, meterScope))
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (gate)
            {
                measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));
            }
        });
        listener.Start();
    }

    /// <summary>The total of an instrument's measurements, optionally only those with a tag value.</summary>
    public long Total(string instrument, string? tag = null, string? value = null)
    {
        lock (gate)
        {
            return measurements
                .Where(measurement => measurement.Instrument == instrument && (tag is null || Equals(measurement.Tags.GetValueOrDefault(tag), value)))
                .Sum(measurement => measurement.Value);
        }
    }

    /// <summary>Every tag value seen on an instrument.</summary>
    public IReadOnlyList<object?> TagValues(string instrument, string tag)
    {
        lock (gate)
        {
            return [.. measurements.Where(measurement => measurement.Instrument == instrument).Select(measurement => measurement.Tags.GetValueOrDefault(tag))];
        }
    }

    public void Dispose() => listener.Dispose();
}
