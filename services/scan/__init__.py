"""Reading paper ballots from scans and photos: the scanner as a third teller (issue 16).

`sources` turns files (a PDF, images, a folder) into page images; `page` finds a page's corner
markers, straightens it and reads its page code; `marks` scores each mark box and reads each row;
`read` checks the pages against the round and adds up the rows. Only counts leave this package:
nothing read here is stored per ballot.
"""
