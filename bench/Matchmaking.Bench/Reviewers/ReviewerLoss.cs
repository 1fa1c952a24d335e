namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// The gold standard's main metric (Stelmakh et al., 2023): for each participant, every pair of rated papers with
/// different ratings weighs |r1 − r2|; a pair the predicted similarities order the other way loses its weight, a tie
/// half of it; loss = lost weight ÷ total weight, summed over participants. 0 is perfect, 0.5 is a constant.
/// </summary>
public static class ReviewerLoss
{
    public static double Of(IEnumerable<Participant> participants, Func<string, string, double?> similarity)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(similarity);
        double lost = 0, total = 0;
        foreach (var participant in participants)
        {
            var rated = participant.Ratings
                .Select(r => (r.Expertise, Score: similarity(participant.Id, r.PaperId)))
                .Where(r => r.Score is not null)
                .ToArray();
            for (var a = 0; a < rated.Length; a++)
            {
                for (var b = a + 1; b < rated.Length; b++)
                {
                    var weight = Math.Abs(rated[a].Expertise - rated[b].Expertise);
                    if (weight == 0)
                    {
                        continue;
                    }

                    total += weight;
                    var expertOrder = Math.Sign(rated[a].Expertise - rated[b].Expertise);
                    var predictedOrder = Math.Sign(rated[a].Score!.Value - rated[b].Score!.Value);
                    lost += predictedOrder == 0 ? weight / 2 : predictedOrder != expertOrder ? weight : 0;
                }
            }
        }

        return total == 0 ? 0.5 : lost / total;
    }
}
