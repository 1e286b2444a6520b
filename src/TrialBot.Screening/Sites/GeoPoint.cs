namespace TrialBot.Screening.Sites;

/// <summary>A point on the Earth's surface in decimal degrees (WGS 84).</summary>
/// <param name="Latitude">Degrees north (negative for south).</param>
/// <param name="Longitude">Degrees east (negative for west).</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The Earth's mean radius in kilometres (IUGG mean radius R1).</summary>
    public const double EarthMeanRadiusKm = 6371.0088;

    /// <summary>The great-circle distance to <paramref name="other"/> in kilometres (haversine formula).</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var latitude1 = double.DegreesToRadians(Latitude);
        var latitude2 = double.DegreesToRadians(other.Latitude);
        var halfDeltaLatitude = (latitude2 - latitude1) / 2;
        var halfDeltaLongitude = double.DegreesToRadians(other.Longitude - Longitude) / 2;
        var haversine = (Math.Sin(halfDeltaLatitude) * Math.Sin(halfDeltaLatitude))
            + (Math.Cos(latitude1) * Math.Cos(latitude2) * Math.Sin(halfDeltaLongitude) * Math.Sin(halfDeltaLongitude));
        return 2 * EarthMeanRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(haversine)));
    }
}
