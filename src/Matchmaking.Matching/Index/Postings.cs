namespace Matchmaking.Matching.Index;

/// <summary>
/// The documents with a term in one field, as <see cref="TermPostings"/> hands them out: the postings of a list
/// (packed as in <see cref="PostingList"/>), or one document (whose frequency is read from its term vector, when
/// needed). Valid under the index's read lock.
/// </summary>
internal readonly struct Postings(ArraySegment<uint> list, int singlePlusOne)
{
    /// <summary>The only document, when <see cref="Count"/> is 1 (-1 otherwise).</summary>
    public int Single => singlePlusOne - 1;

    public int Count => list.Count > 0 ? list.Count : (singlePlusOne > 0 ? 1 : 0);

    /// <summary>
    /// The postings (see <see cref="PostingList.Postings"/>): the list's, or the only one written into
    /// <paramref name="single"/> (one element) with the frequency <see cref="PostingList.SaturatedFrequency"/>, which
    /// tells the reader to take the exact one from the document's term vector.
    /// </summary>
    public ReadOnlySpan<uint> Packed(Span<uint> single)
    {
        if (list.Count > 0)
        {
            return list;
        }

        if (singlePlusOne == 0)
        {
            return [];
        }

        single[0] = PostingList.Pack(Single, PostingList.SaturatedFrequency);
        return single[..1];
    }
}
