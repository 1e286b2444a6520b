using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.DirectLine.Conversations;

/// <summary>Direct Line's <c>ActivitySet</c>: the activities newer than the client's watermark, and the new watermark.</summary>
/// <param name="Activities">The activities, oldest first, as their stored JSON.</param>
/// <param name="Watermark">The watermark to send next time to get only newer activities.</param>
internal sealed record ActivityPage(
    [property: JsonProperty("activities")] IReadOnlyList<JRaw> Activities,
    [property: JsonProperty("watermark")] string Watermark);
