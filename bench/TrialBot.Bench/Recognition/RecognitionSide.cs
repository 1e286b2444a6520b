namespace TrialBot.Bench.Recognition;

/// <summary>The two sides compared: our layer, and Microsoft.Recognizers.Text called directly.</summary>
internal static class RecognitionSide
{
    public const string Ours = "ours";

    public const string Direct = "direct";

    public static Func<object>? Call(RecognitionCase recognitionCase, string side)
    {
        ArgumentNullException.ThrowIfNull(recognitionCase);
        return side switch
        {
            Ours => recognitionCase.Ours,
            Direct => recognitionCase.Direct,
            _ => throw new ArgumentException($"Unknown side '{side}' ({Ours}, {Direct}).", nameof(side)),
        };
    }
}
