package dev.transformcluster.redactor;

/**
 * A short synthetic text with a value of every type and the usual look-alikes around them, for
 * {@link Engine#prepare(int)}: detecting in it a few times has the JIT compile most of the engine's
 * code before the first real text arrives. Every value is a documentation or test value (example.com,
 * 555 and Ofcom drama numbers, 192.0.2.0/24, test cards and IBANs, the Bitcoin wiki's addresses).
 */
final class WarmUp {

    private WarmUp() {
    }

    static final String TEXT = """
            From: "Maria Lopez" <maria.lopez@example.com>
            To: Ana Silva <ana.silva@example.org>, ops-team@example.net
            Date: Tue, 11 Jun 2024 09:15:02 +0000
            Subject: Re: Invoice INV-2024-0042 and the Q3 review (v2.4.1)

            Dear Ms. Silva,

            Good morning Ana, thanks for the call on May 5, 2025 at 10:30 am. I spoke with Maximillia Roob and
            Dr. John Smith about the move on the 3rd of June; Tuesday, June 11 works, or 2024-07-01 at 14:05.
            Please ask Brant whether 12/24/2024 is fine. Kozey, Hagenes and Kuhic sent PO 4960518485.
            Call +1 (555) 010-2030 ext. 42, 020 7946 0958 or +44 20 7946 0000; fax 555-010-4477.
            Card 4111 1111 1111 1111 (exp 09/27), refund to 5500-0000-0000-0004; order #55219 of $1,234.56.
            IBAN GB82 WEST 1234 5698 7654 32, SSN 078-05-1120, BTC 1BoatSLRHtKNngkdXEeobR76b53LETtpyT or
            bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq. Server 192.0.2.17 and 2001:db8::8a2e:370:7334, build 10.4.2.1.
            Ship to 1600 Main Street, Apt 4B, Springfield, IL 62704-1234, or PO Box 7, London SW1A 1AA.
            See https://www.example.com/orders?id=42 and www.example.org/help for details.

            | Name | City | ZIP |
            | Søren Kjærgaard | Aarhus | 90210 |
            first_name,last_name,zip
            Hannah,Müller,10115
            - Nguyễn Văn An (Hanoi office): +84 24 3825 3536
            - Lukas to send the contract
            [09:02] <sarah.lee> morning!
            2024-12-11T15:05:12Z INFO request served in 12 ms

            Best regards,
            Jean-Luc O'Brien
            Senior Analyst | Northwind Traders
            Tel: 555-0100
            """;
}
