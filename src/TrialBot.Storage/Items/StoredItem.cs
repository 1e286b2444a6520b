namespace TrialBot.Storage.Items;

/// <summary>One item as a provider keeps it.</summary>
/// <param name="Document">The JSON document, without the ETag.</param>
/// <param name="ETag">The current ETag.</param>
/// <param name="UpdatedAt">When it was last written.</param>
internal sealed record StoredItem(string Document, string ETag, DateTimeOffset UpdatedAt);
