namespace RnnKata.Engine.Simd;

/// <summary>How an element-wise kernel writes a vector of results: all of its lanes, or only those from a lane on.</summary>
internal unsafe interface ILanePut<TV> where TV : struct, IVec<TV>
{
    /// <summary>Writes <paramref name="value"/> at <paramref name="p"/>; lanes whose <paramref name="lane"/> index is below
    /// <paramref name="from"/> may keep what memory holds.</summary>
    static abstract void Put(float* p, TV value, TV lane, TV from);
}

/// <summary>Every lane.</summary>
internal readonly unsafe struct PutAll<TV> : ILanePut<TV> where TV : struct, IVec<TV>
{
    public static void Put(float* p, TV value, TV lane, TV from) => TV.Store(p, value);
}

/// <summary>Lanes from <c>from</c> on; the lanes below keep what memory holds (a last vector that overlaps finished units).</summary>
internal readonly unsafe struct PutFrom<TV> : ILanePut<TV> where TV : struct, IVec<TV>
{
    public static void Put(float* p, TV value, TV lane, TV from) => TV.Store(p, TV.SelectLess(lane, from, TV.Load(p), value));
}
