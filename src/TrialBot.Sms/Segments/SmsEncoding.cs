namespace TrialBot.Sms.Segments;

/// <summary>The alphabet a text message travels in.</summary>
public enum SmsEncoding
{
    /// <summary>The GSM 03.38 7-bit default alphabet (with its extension table): 160 characters in one segment, 153 per segment of a longer message.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16), needed as soon as one character is outside GSM-7: 70 code units in one segment, 67 per segment of a longer message.</summary>
    Ucs2,
}
