// Two invented reports of one trade agreement: they agree on the trade figure and disagree on the
// share of goods freed of tariffs. Shared by the Facts and Brief specs.

export const SANTIAGO = `Chile and Vietnam sign trade pact

SANTIAGO, 3 June 2025 — Chile and Vietnam signed a comprehensive trade agreement on Tuesday, the Chilean foreign ministry said.

Bilateral trade between the two countries reached $1.8 billion last year, according to customs figures.

The agreement will remove tariffs on 94 percent of goods within ten years, officials said.

Around 350 companies took part in a business forum held alongside the signing.
`;

export const HANOI = `Vietnam, Chile seal tariff deal

HANOI, 4 June 2025 — Vietnam and Chile concluded a trade agreement in Santiago, the Vietnamese trade ministry announced on Wednesday.

Bilateral trade between the two countries reached $1.8 billion last year, the ministry said.

Under the deal, tariffs on 87 percent of goods will be removed within ten years.

Exports of Chilean copper to Vietnam rose 12 percent in 2024.
`;
