"""What every part of the domain shares: Vietnamese text and numbers, the labels of the codes,
office files, the error base for refusals."""
